/**
 * When an item says "Blocking": a P0 check of a reviewer's review blocks the
 * PR once it failed, or, while still open, once the review is about to be
 * exported (its export is in view). Before that an unanswered P0 is just
 * work to do: marking every P0 red before anything is reviewed says nothing.
 * The model's `blocking` list (P0 open or failed) is what exports count; this
 * is only how the rows show it.
 */
import type { ReviewItem } from './item-model';

export function showsBlocking(view: Pick<ReviewItem, 'state' | 'item'>, role: 'author' | 'reviewer', exporting: boolean): boolean {
	if (role !== 'reviewer' || view.item.priority !== 'P0') return false;
	return view.state === 'fail' || (exporting && view.state === 'open');
}
