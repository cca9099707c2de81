import accounts from './accounts';
import auth from './auth';
import common from './common';
import conflicts from './conflicts';
import hazards from './hazards';
import importEngine from './import';
import importUi from './importUi';
import lessons from './lessons';
import levels from './levels';
import org from './org';
import review from './review';
import roster from './roster';
import settings from './settings';
import sync from './sync';
import validation from './validation';
import welcome from './welcome';

export default { ...common, accounts, auth, conflicts, hazards, import: importEngine, importUi, lessons, levels, org, review, roster, settings, sync, validation, welcome };
