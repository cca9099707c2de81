import { concatMap, merge, of, Subject, tap, throttle, throttleTime, type Observable } from 'rxjs';

/**
 * Run `run` now, and again after changes (`changes$`, e.g. a collection's
 * `$`): at once after a single change, at most once per `everyMs` during a
 * burst, and one run at a time: changes during a
 * run ask for exactly one more run after it. For reads that walk many
 * documents (a school's whole list, a county's count) while a first sync
 * writes thousands of documents a second: each run completes and is shown,
 * where a live query re-started on every burst of writes may show nothing
 * until the writing stops.
 */
export function rerunOnChanges<R>(changes$: Observable<unknown>, run: () => Promise<R>, everyMs: number): Observable<R> {
  const done = new Subject<void>();
  return merge(of(0), changes$.pipe(throttleTime(everyMs, undefined, { leading: true, trailing: true }))).pipe(
    throttle(() => done, { leading: true, trailing: true }),
    concatMap(() => run()),
    tap(() => done.next()),
  );
}
