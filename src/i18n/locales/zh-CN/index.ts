import accounts from './accounts';
import auth from './auth';
import common from './common';
import conflicts from './conflicts';
import hazards from './hazards';
import importEngine from './import';
import importUi from './importUi';
import lessonEditor from './lessonEditor';
import lessons from './lessons';
import levels from './levels';
import org from './org';
import review from './review';
import roster from './roster';
import settings from './settings';
import stats from './stats';
import sync from './sync';
import validation from './validation';
import welcome from './welcome';

/** The Chinese catalogue is the reference; every other locale mirrors its keys. */
export default { ...common, accounts, auth, conflicts, hazards, import: importEngine, importUi, lessonEditor, lessons, levels, org, review, roster, settings, stats, sync, validation, welcome };
