import { releaseMemory } from '../../src/app/release-memory';

describe('releaseMemory', () => {
  it('collects what nothing refers to any more', async () => {
    let grids: number[][] | null = Array.from({ length: 200 }, () =>
      new Array<number>(1000).fill(1),
    );
    const ref = new WeakRef(grids);
    grids = null;
    // A WeakRef keeps its target until the job that made it ends.
    await new Promise((done) => setImmediate(done));
    releaseMemory();
    releaseMemory(); // a second call reuses the collector
    expect(grids).toBeNull();
    expect(ref.deref()).toBeUndefined();
  });
});
