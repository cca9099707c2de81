// Page objects and helpers for the e2e tests (one class per screen, as in
// getodk/web-forms' e2e/page-objects).

export { AppHeader } from './AppHeader';
export { ConflictsPage, type ConflictRow } from './ConflictsPage';
export { chooseOption, dismissMessages, selectedLabel } from './elementPlus';
export { LoginPage } from './LoginPage';
export { PersonDetailPage } from './PersonDetailPage';
export { PersonForm, type StudentFields } from './PersonForm';
export { RosterPage } from './RosterPage';
export { ServerApi, type Pulled } from './serverApi';
export { demoServerPerFile, type DemoServer } from './demoServer';
export { DEMO_PASSWORD, DEMO_REGION, freshIdNumbers, syntheticIdNumber, syntheticName, syntheticNames, syntheticPhone } from './testData';
export { until, type UntilOptions } from './wait';
export { openDevice, signInAndSync, syncPageRows, waitForSynced, type Device } from './device';
export { enterPin, readAndTakeTest, stepToAttendance } from './LessonPages';
export { StatsPage } from './StatsPage';
