import common from './common';
import org from './org';
import roster from './roster';
import settings from './settings';
import validation from './validation';
import welcome from './welcome';

export default { ...common, org, roster, settings, validation, welcome };
