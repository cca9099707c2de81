import { GRADE_LABELS } from '@/domain/roster/grades';

/** Grade and class names on screen; Chinese takes the domain's own labels (the templates' spelling). */
export default {
  grade: { ...GRADE_LABELS },
  /** A numbered class (一班): the Chinese keeps the stored name as it is. */
  classNumbered: '{name}',
};
