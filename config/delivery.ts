// What the front-end sites are served (src/api/*/controllers, src/delivery).
export default ({ env }) => ({
  // The public site the feeds and JSON-LD link to: <publicSiteUrl>/<locale>/news/<slug>.
  publicSiteUrl: env('PUBLIC_SITE_URL', 'http://localhost:3000'),
  // Origin media URLs (local uploads, "/uploads/...") are made absolute with, in JSON-LD;
  // empty = this API's own origin (server.url, else the request's).
  mediaOrigin: env('PUBLIC_MEDIA_URL', ''),
  // Publisher named in feeds and JSON-LD when an article has no source line.
  organization: {
    url: env('ORGANIZATION_URL', 'https://www.kaznu.kz'),
    name: {
      en: 'Al-Farabi Kazakh National University',
      kk: 'Әл-Фараби атындағы Қазақ ұлттық университеті',
      ru: 'Казахский национальный университет имени аль-Фараби',
    },
  },
  // What one content-API request (REST under /api, /graphql) may cost; over a limit the
  // answer is a 400 that names it (README, "Security: limits"). The admin panel is not limited.
  limits: {
    // REST populate: levels of relations (quotes.article.quotes = 3) and populated
    // relations, components and media in all (populate=* counts each one it adds).
    populateDepth: env.int('API_MAX_POPULATE_DEPTH', 4),
    populateRelations: env.int('API_MAX_POPULATE_RELATIONS', 20),
    // To-many relations along one path (institutions.articles = 2): Strapi does not page
    // populated relations, so each such hop multiplies the answer by the data. One hop is
    // what the site pages need (quotes.speaker, speakers.institution); with two, one
    // request for 100 articles' speakers' articles held the server for seconds.
    populateToMany: env.int('API_MAX_POPULATE_TO_MANY', 1),
    // Relations that filters go through, per query (root, or one populated relation):
    // each is a SQL join, and joins of to-many relations in different $or branches
    // multiply (20 branches on `speakers` held the server). Counted in all branches.
    filterRelations: env.int('API_MAX_FILTER_RELATIONS', 4),
    filterToMany: env.int('API_MAX_FILTER_TO_MANY', 2),
    // Conditions in one query's filters ($and/$or branches and compared values, $in
    // lists included) and the length of a compared string: a GraphQL variable is not
    // bounded by the query's token limit (20,000 `or` branches held SQLite for a minute).
    filterConditions: env.int('API_MAX_FILTER_CONDITIONS', 100),
    filterValueLength: env.int('API_MAX_FILTER_VALUE_LENGTH', 1000),
    // Serialized JSON answer of /api and /graphql.
    responseBytes: env.int('API_MAX_RESPONSE_BYTES', 5 * 1024 * 1024),
    // GraphQL, besides GRAPHQL_DEPTH_LIMIT (config/plugins.ts).
    graphql: {
      aliases: env.int('GRAPHQL_MAX_ALIASES', 20),
      // Page sizes multiplied along each path of the query.
      rows: env.int('GRAPHQL_MAX_ROWS', 5000),
      // Selections once fragments are expanded (Apollo's maxRecursiveSelections).
      fields: env.int('GRAPHQL_MAX_FIELDS', 1000),
      // Lexical tokens of the query text (graphql's parse maxTokens).
      tokens: env.int('GRAPHQL_MAX_TOKENS', 5000),
    },
  },
  feed: {
    size: env.int('FEED_SIZE', 30),
    title: { en: 'KazNU News', kk: 'ҚазҰУ жаңалықтары', ru: 'Новости КазНУ' },
    description: {
      en: 'News from the press service of Al-Farabi Kazakh National University',
      kk: 'Әл-Фараби атындағы Қазақ ұлттық университетінің баспасөз қызметінің жаңалықтары',
      ru: 'Новости пресс-службы Казахского национального университета имени аль-Фараби',
    },
  },
});
