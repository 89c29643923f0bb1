import * as migration_20261123_191218_initial from './20261123_191218_initial';

export const migrations = [
  {
    up: migration_20261123_191218_initial.up,
    down: migration_20261123_191218_initial.down,
    name: '20261123_191218_initial'
  },
];
