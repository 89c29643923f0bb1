import * as migration_20261123_191226_initial from './20261123_191226_initial';

export const migrations = [
  {
    up: migration_20261123_191226_initial.up,
    down: migration_20261123_191226_initial.down,
    name: '20261123_191226_initial'
  },
];
