import common from './common';
import org from './org';
import roster from './roster';
import settings from './settings';
import validation from './validation';
import welcome from './welcome';

/** The Chinese catalogue is the reference; every other locale mirrors its keys. */
export default { ...common, org, roster, settings, validation, welcome };
