import assert from 'node:assert/strict';
import { CrashRestarts, MAX_RESTARTS, RESTART_WINDOW_MS } from '../../../client/src/crashRestarts';

describe('client: restarting a crashed server', () => {
  it('restarts after each of the first crashes, then stops and says how to restart', () => {
    const restarts = new CrashRestarts('Contract Review');
    for (let i = 0; i < MAX_RESTARTS; i++) assert.deepEqual(restarts.closed(1_000 + i * 1_000), { restart: true });
    const refused = restarts.closed(10_000);
    assert.equal(refused.restart, false);
    assert.match(refused.restart ? '' : refused.message, /stopped 5 times in the last 3 minutes[\s\S]*Restart Server/);
  });

  it('forgets crashes older than the window', () => {
    const restarts = new CrashRestarts('Contract Review');
    for (let i = 0; i < MAX_RESTARTS; i++) restarts.closed(i);
    assert.deepEqual(restarts.closed(RESTART_WINDOW_MS + 10), { restart: true });
  });

  it('keeps restarting a server that crashes now and then', () => {
    const restarts = new CrashRestarts('Contract Review');
    const spacing = Math.ceil(RESTART_WINDOW_MS / MAX_RESTARTS) + 1;
    for (let i = 0; i < 50; i++) assert.deepEqual(restarts.closed(i * spacing), { restart: true }, `crash ${i + 1}`);
  });
});
