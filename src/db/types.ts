import type { RxCollection, RxDatabase } from 'rxdb';
import type {
  AccidentDoc,
  AccountDoc,
  ActivityDoc,
  AuditDoc,
  ConflictDoc,
  ContentDoc,
  HazardDoc,
  IdentityDoc,
  InspectionDoc,
  OrgDoc,
  PersonDoc,
} from '@/domain/schemas';

/** The typed collections of our RxDB database, one per domain schema. */
export interface XiaoanCollections {
  orgs: RxCollection<OrgDoc>;
  people: RxCollection<PersonDoc>;
  identities: RxCollection<IdentityDoc>;
  accounts: RxCollection<AccountDoc>;
  content: RxCollection<ContentDoc>;
  activities: RxCollection<ActivityDoc>;
  inspections: RxCollection<InspectionDoc>;
  hazards: RxCollection<HazardDoc>;
  accidents: RxCollection<AccidentDoc>;
  conflicts: RxCollection<ConflictDoc>;
  audit: RxCollection<AuditDoc>;
}

export type XiaoanDatabase = RxDatabase<XiaoanCollections>;
