import type { ChecklistTemplate } from '../types';
import { buildingChecklist } from './building';
import { canteenFoodChecklist } from './canteenFood';
import { dormitoryChecklist } from './dormitory';
import { drinkingWaterChecklist } from './drinkingWater';
import { electricityGasChecklist } from './electricityGas';
import { fireChecklist } from './fire';
import { gatePerimeterChecklist } from './gatePerimeter';
import { labChemicalsChecklist } from './labChemicals';
import { nearbyWatersChecklist } from './nearbyWaters';
import { schoolBusChecklist } from './schoolBus';
import { sportsChecklist } from './sports';

/**
 * The checklists every installation starts with (version 1). They live in
 * the code, not in `content`: every device has them offline from the first
 * start. A county or higher publishes a changed copy as version 2 or later
 * of the same template id, which then takes precedence below it.
 */
export const BUILT_IN_CHECKLISTS: readonly ChecklistTemplate[] = [
  buildingChecklist,
  fireChecklist,
  electricityGasChecklist,
  canteenFoodChecklist,
  drinkingWaterChecklist,
  labChemicalsChecklist,
  sportsChecklist,
  dormitoryChecklist,
  schoolBusChecklist,
  gatePerimeterChecklist,
  nearbyWatersChecklist,
];
