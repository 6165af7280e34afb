import fs from 'fs';
import os from 'os';
import path from 'path';
import { postgresBinDir, privatePostgresUnavailable } from '../helpers/private-postgres';

describe('finding PostgreSQL server binaries for a private cluster', () => {
  let root: string;
  const dir = (name: string, tools: string[]) => {
    const d = path.join(root, name);
    fs.mkdirSync(d, { recursive: true });
    for (const tool of tools) fs.writeFileSync(path.join(d, tool), '#!/bin/sh\n', { mode: 0o755 });
    return d;
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bin-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('the first directory with both initdb and pg_ctl', () => {
    const clientOnly = dir('client', ['psql', 'pg_dump']);
    const halfServer = dir('half', ['initdb']);
    const server = dir('server', ['initdb', 'pg_ctl']);
    expect(postgresBinDir([clientOnly, halfServer, server])).toBe(server);
    expect(privatePostgresUnavailable([server])).toBeNull();
  });

  test('none: a message naming what is missing and how to get it', () => {
    const clientOnly = dir('client-only', ['psql']);
    expect(postgresBinDir([clientOnly, path.join(root, 'nope')])).toBeNull();
    expect(privatePostgresUnavailable([clientOnly])).toBe(
      "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or on PATH: install Debian's postgresql package"
    );
  });
});
