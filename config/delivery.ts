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
