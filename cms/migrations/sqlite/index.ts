import * as migration_20261123_191218_initial from './20261123_191218_initial';
import * as migration_20261123_200638_site_status from './20261123_200638_site_status';
import * as migration_20261123_201750_scheduled_publishing from './20261123_201750_scheduled_publishing';
import * as migration_20261123_202242_community_moderator_profiles from './20261123_202242_community_moderator_profiles';
import * as migration_20261123_230153_forum_author_names_and_reports from './20261123_230153_forum_author_names_and_reports';
import * as migration_20261123_233123_event_registrations from './20261123_233123_event_registrations';
import * as migration_20261123_234616_media_community from './20261123_234616_media_community';
import * as migration_20261124_010346_membership_applicant from './20261124_010346_membership_applicant';
import * as migration_20261124_020818_media_uploaded_by from './20261124_020818_media_uploaded_by';
import * as migration_20261201_020654_account_throttle from './20261201_020654_account_throttle';
import * as migration_20261201_055112_cohort_places from './20261201_055112_cohort_places';

export const migrations = [
  {
    up: migration_20261123_191218_initial.up,
    down: migration_20261123_191218_initial.down,
    name: '20261123_191218_initial',
  },
  {
    up: migration_20261123_200638_site_status.up,
    down: migration_20261123_200638_site_status.down,
    name: '20261123_200638_site_status',
  },
  {
    up: migration_20261123_201750_scheduled_publishing.up,
    down: migration_20261123_201750_scheduled_publishing.down,
    name: '20261123_201750_scheduled_publishing',
  },
  {
    up: migration_20261123_202242_community_moderator_profiles.up,
    down: migration_20261123_202242_community_moderator_profiles.down,
    name: '20261123_202242_community_moderator_profiles',
  },
  {
    up: migration_20261123_230153_forum_author_names_and_reports.up,
    down: migration_20261123_230153_forum_author_names_and_reports.down,
    name: '20261123_230153_forum_author_names_and_reports',
  },
  {
    up: migration_20261123_233123_event_registrations.up,
    down: migration_20261123_233123_event_registrations.down,
    name: '20261123_233123_event_registrations',
  },
  {
    up: migration_20261123_234616_media_community.up,
    down: migration_20261123_234616_media_community.down,
    name: '20261123_234616_media_community',
  },
  {
    up: migration_20261124_010346_membership_applicant.up,
    down: migration_20261124_010346_membership_applicant.down,
    name: '20261124_010346_membership_applicant',
  },
  {
    up: migration_20261124_020818_media_uploaded_by.up,
    down: migration_20261124_020818_media_uploaded_by.down,
    name: '20261124_020818_media_uploaded_by',
  },
  {
    up: migration_20261201_020654_account_throttle.up,
    down: migration_20261201_020654_account_throttle.down,
    name: '20261201_020654_account_throttle',
  },
  {
    up: migration_20261201_055112_cohort_places.up,
    down: migration_20261201_055112_cohort_places.down,
    name: '20261201_055112_cohort_places'
  },
];
