// `npm ci` warned EBADENGINE when a dependency needed a newer Node than package.json's `engines` declares (puppeteer
// 25 wants Node 22; the project runs on 20). Every locked package must accept the oldest Node the project claims.
import { minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';
import lock from '../../package-lock.json' with { type: 'json' };
import packageJson from '../../package.json' with { type: 'json' };

interface LockedPackage {
  engines?: { node?: string } | string[];
}

describe('engines', () => {
  it('every locked package runs on the oldest Node that package.json declares', () => {
    const oldest = minVersion(packageJson.engines.node);
    expect(oldest).not.toBeNull();
    const refusing = Object.entries(lock.packages as Record<string, LockedPackage>)
      .map(([path, locked]) => ({ path, range: Array.isArray(locked.engines) ? undefined : locked.engines?.node }))
      .filter(({ range }) => range !== undefined && !satisfies(oldest!, range))
      .map(({ path, range }) => `${path} needs node ${range}`);
    expect(refusing).toEqual([]);
  });

  it('the Node running the tests is one the project declares', () => {
    expect(satisfies(process.version, packageJson.engines.node)).toBe(true);
  });
});
