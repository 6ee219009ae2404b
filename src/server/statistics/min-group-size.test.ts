import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';

describe('MIN_GROUP_SIZE', () => {
  it('defaults to 10 and may be raised', () => {
    expect(loadConfig({}).minGroupSize).toBe(10);
    expect(loadConfig({ MIN_GROUP_SIZE: '20' }).minGroupSize).toBe(20);
  });

  it('is refused at boot below 10, with a message that says it only goes up', () => {
    expect(() => loadConfig({ MIN_GROUP_SIZE: '5' })).toThrow(ConfigError);
    expect(() => loadConfig({ MIN_GROUP_SIZE: '5' })).toThrow(/upwards only/);
    expect(() => loadConfig({ MIN_GROUP_SIZE: '12.5' })).toThrow(/whole number/);
  });
});
