import { classroomStudent } from './learner';

/** After this long without a touch, key or click, the student on the classroom computer is signed out. */
export const CLASSROOM_IDLE_MS = 3 * 60_000;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let timer: ReturnType<typeof setTimeout> | undefined;
let installed = false;

function restart(): void {
  clearTimeout(timer);
  if (classroomStudent.value) timer = setTimeout(signOutStudent, CLASSROOM_IDLE_MS);
}

/** 换人, the idle timer: the screen forgets the student; their records are already saved on the device. */
export function signOutStudent(): void {
  clearTimeout(timer);
  classroomStudent.value = null;
}

/** Watch for input on this page (once); called when the classroom computer's home opens. */
export function watchClassroomIdle(): void {
  if (installed) return;
  installed = true;
  for (const type of INPUT_EVENTS) window.addEventListener(type, restart, { capture: true, passive: true });
}

/** Start the idle countdown for a student who just signed in. */
export function startIdleCountdown(): void {
  restart();
}
