/**
 * What a workbook needs from the database once it goes live: its live reads
 * and its writes. One module, imported on the first interaction, the first
 * write or the first change another tab makes: a review paints from a peek
 * (no Dexie, no zod) and loads this only when it is needed.
 */
export { subscribeLive } from '$lib/db/live';
export { subscribeAnswers } from '$lib/db/live-answers';
export { getSession, getSessionByPr, touchSession, updateSession } from '$lib/db/sessions-repo';
export { putAnswer, putAnswerIfNewer, saveFiveSecond } from '$lib/db/answers-repo';
