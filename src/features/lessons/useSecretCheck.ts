import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useDatabase } from '@/db/provide';
import type { XiaoanDatabase } from '@/db/types';
import { parseActivityData, type StudentPinData } from '@/domain/activities';
import { pinRecordId } from '@/domain/activities/pins';
import { recordFailure, recordSuccess, waitFor } from './pinThrottle';

/**
 * Checking what a student entered on the classroom computer (a PIN or a
 * picture password) against their `student_pin` record, locally (works
 * offline), with wrong tries of either kind counted in one per-student
 * throttle. `verify` answers null when the record holds no such secret.
 */
export function useSecretCheck(studentId: () => string, noneKey: string) {
  const { t } = useI18n();
  const db = useDatabase();
  const message = ref('');
  const checking = ref(false);

  async function check(verify: (data: StudentPinData) => Promise<boolean> | null): Promise<boolean> {
    const id = studentId();
    const wait = waitFor(id);
    if (wait > 0) {
      message.value = t('lessons.pinWait', { s: Math.ceil(wait / 1000) });
      return false;
    }
    checking.value = true;
    try {
      const secrets = await studentSecrets(db, id);
      const verdict = secrets ? verify(secrets) : null;
      if (!verdict) {
        message.value = t(noneKey);
        return false;
      }
      if (await verdict) {
        recordSuccess(id);
        return true;
      }
      recordFailure(id);
      const next = waitFor(id);
      message.value = next > 0 ? t('lessons.pinWait', { s: Math.ceil(next / 1000) }) : t('lessons.pinWrong');
      return false;
    } finally {
      checking.value = false;
    }
  }

  return { message, checking, check };
}

/** The student's `student_pin` data on this device, or null. */
export async function studentSecrets(db: XiaoanDatabase, studentId: string): Promise<StudentPinData | null> {
  const record = await db.activities.findOne(pinRecordId(studentId)).exec();
  const parsed = record ? parseActivityData('student_pin', record.data) : undefined;
  return parsed?.ok ? parsed.data : null;
}
