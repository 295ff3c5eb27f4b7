import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, loadConfig } from '../../server/config';
import { loadCompose, ROOT, substituted } from '../support/dockerfile';

/** compose.yaml (no Docker engine on this machine): parsed and checked against the server's configuration and the README. */

const compose = loadCompose();
const { services } = compose;
const APP = ['web', 'worker'] as const;

describe('compose.yaml', () => {
  it('has two web replicas, a worker, PostgreSQL and Redis', () => {
    expect(Object.keys(services).sort()).toEqual(['postgres', 'redis', 'web', 'worker']);
    expect(services.web!.deploy?.replicas).toBe(2);
    expect(services.web!.environment?.ROLE).toBe('web');
    expect(services.worker!.command?.join(' ')).toMatch(/dist\/server\/worker\.mjs$/);
    for (const name of APP) {
      expect(services[name]!.build).toBe('.');
      expect(services[name]!.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    }
  });

  it('the web replicas are healthy when /readyz says so; the worker, which serves no HTTP, has no HTTP check', () => {
    expect(services.web!.healthcheck?.test?.join(' ')).toContain('/readyz');
    expect(services.worker!.healthcheck).toEqual({ disable: true });
    expect(services.postgres!.healthcheck?.test?.join(' ')).toContain('pg_isready');
    expect(services.redis!.healthcheck?.test?.join(' ')).toContain('ping');
  });

  it('every variable given to the app is one the server knows, and the configuration it makes is valid', () => {
    const known = new Set(Object.keys(ConfigSchema.shape));
    for (const name of APP) {
      const env = services[name]!.environment ?? {};
      const unknown = Object.keys(env).filter((k) => !known.has(k));
      expect(unknown, `${name}: unknown variables`).toEqual([]);
      const values = substituted(env);
      const config = loadConfig(values);
      expect(config.DATA_DIR).toBe('/data');
      expect(new URL(config.REDIS_URL!).hostname).toBe('redis');
      const db = new URL(values.DATABASE_URL!);
      expect(db.hostname).toBe('postgres');
      expect(db.username).toBe(services.postgres!.environment!.POSTGRES_USER);
      expect(db.pathname.slice(1)).toBe(services.postgres!.environment!.POSTGRES_DB);
    }
    // the worker runs jobs whatever ROLE says; a web replica must not
    expect(loadConfig(substituted(services.web!.environment!)).ROLE).toBe('web');
  });

  it('web and worker share the data volume (uploaded ZIPs), and every named volume is declared', () => {
    expect(services.web!.volumes).toContain('dc-data:/data');
    expect(services.worker!.volumes).toContain('dc-data:/data');
    const used = Object.values(services).flatMap((s) => (s.volumes ?? []).map((v) => v.split(':')[0]!));
    for (const v of used) expect(Object.keys(compose.volumes)).toContain(v);
  });

  it('the README explains running it as a service with the variables operators set', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('## Als Dienst betreiben');
    expect(start).toBeGreaterThan(0);
    const end = readme.indexOf('\n## ', start + 1);
    const section = readme.slice(start, end < 0 ? undefined : end);
    expect(section.length).toBeGreaterThan(200);
    expect(section).toContain('docker compose');
    for (const v of ['DATABASE_URL', 'REDIS_URL', 'ROLE', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'METRICS_TOKEN', 'TRUST_PROXY', 'COOKIE_SECURE']) {
      expect(section, v).toContain(`\`${v}\``);
    }
  });
});
