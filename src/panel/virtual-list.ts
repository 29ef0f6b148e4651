// A keyed, windowed list: only the rows in (or near) the viewport exist in the DOM, and a row's
// element is kept as long as its row is unchanged, so updating one entry of thousands touches one
// element. Heights are fixed per row kind; a row flagged as variable (an expanded entry) is
// measured after it renders.

export interface ListRow {
	/** Stable identity across renders (a note path, a group name). */
	key: string;
}

export interface VirtualListOptions<R extends ListRow> {
	/** Estimated height of a row in pixels (exact for fixed rows). */
	height(row: R): number;
	/** True for rows whose height is known only after rendering. */
	variable(row: R): boolean;
	render(row: R): HTMLElement;
	/** True when the element rendered for `a` can show `b` as it is. */
	same(a: R, b: R): boolean;
}

/** Rows rendered above and below the viewport. */
const OVERSCAN_PX = 400;
/** Viewport height assumed before layout (or where there is none, as in tests). */
const DEFAULT_VIEWPORT_PX = 800;

export class VirtualList<R extends ListRow> {
	private rows: R[] = [];
	private offsets: number[] = [0];
	private readonly measured = new Map<string, number>();
	private rendered = new Map<string, { row: R; el: HTMLElement }>();
	private readonly topSpacer: HTMLElement;
	private readonly rowsEl: HTMLElement;
	private readonly bottomSpacer: HTMLElement;
	private spacerHeights: [number, number] = [-1, -1];

	constructor(
		private readonly scrollEl: HTMLElement,
		private readonly opts: VirtualListOptions<R>,
	) {
		this.topSpacer = scrollEl.createDiv({ cls: "reference-check-spacer" });
		this.rowsEl = scrollEl.createDiv({ cls: "reference-check-rows" });
		this.bottomSpacer = scrollEl.createDiv({ cls: "reference-check-spacer" });
	}

	get length(): number {
		return this.rows.length;
	}

	row(index: number): R | undefined {
		return this.rows[index];
	}

	indexOfKey(key: string): number {
		return this.rows.findIndex((r) => r.key === key);
	}

	setRows(rows: R[]): void {
		this.rows = rows;
		this.layout();
		this.render();
	}

	/** Scrolls the minimum needed to show row `index` entirely. */
	scrollIntoView(index: number): void {
		if (index < 0 || index >= this.rows.length) return;
		const top = this.offsets[index];
		const bottom = this.offsets[index + 1];
		const view = this.viewport();
		if (top < this.scrollEl.scrollTop) this.scrollEl.scrollTop = top;
		else if (bottom > this.scrollEl.scrollTop + view) this.scrollEl.scrollTop = bottom - view;
		this.render();
	}

	/** Scrolls so that row `index` is at the top. */
	scrollToTop(index: number): void {
		if (index < 0 || index >= this.rows.length) return;
		this.scrollEl.scrollTop = this.offsets[index];
		this.render();
	}

	/** Renders the rows in the window, reusing every element whose row is unchanged. */
	render(): void {
		const [first, last] = this.windowRange();
		const next = new Map<string, { row: R; el: HTMLElement }>();
		const ordered: HTMLElement[] = [];
		for (let i = first; i <= last; i++) {
			const row = this.rows[i];
			const old = this.rendered.get(row.key);
			const el = old && this.opts.same(old.row, row) ? old.el : this.opts.render(row);
			next.set(row.key, { row, el });
			ordered.push(el);
		}
		const keep = new Set(ordered);
		for (const { el } of this.rendered.values()) if (!keep.has(el)) el.remove();
		let cursor = this.rowsEl.firstChild;
		for (const el of ordered) {
			if (cursor === el) cursor = cursor.nextSibling;
			else this.rowsEl.insertBefore(el, cursor);
		}
		this.rendered = next;
		this.setSpacers(this.offsets[first] ?? 0, this.total() - (this.offsets[last + 1] ?? this.total()));
		this.measure();
	}

	private viewport(): number {
		return this.scrollEl.clientHeight > 0 ? this.scrollEl.clientHeight : DEFAULT_VIEWPORT_PX;
	}

	private total(): number {
		return this.offsets[this.rows.length];
	}

	private heightOf(row: R): number {
		return this.measured.get(row.key) ?? this.opts.height(row);
	}

	private layout(): void {
		const offsets = new Array<number>(this.rows.length + 1);
		offsets[0] = 0;
		for (let i = 0; i < this.rows.length; i++) offsets[i + 1] = offsets[i] + this.heightOf(this.rows[i]);
		this.offsets = offsets;
		for (const key of [...this.measured.keys()]) if (!this.rows.some((r) => r.key === key && this.opts.variable(r))) this.measured.delete(key);
	}

	/** First and last row index intersecting the viewport plus overscan (last < first: none). */
	private windowRange(): [number, number] {
		if (this.rows.length === 0) return [0, -1];
		const top = Math.max(0, this.scrollEl.scrollTop - OVERSCAN_PX);
		const bottom = this.scrollEl.scrollTop + this.viewport() + OVERSCAN_PX;
		const first = Math.max(0, this.search(top) - 1);
		let last = first;
		while (last + 1 < this.rows.length && this.offsets[last + 1] < bottom) last++;
		return [first, last];
	}

	/** Index of the last row starting at or before `y`. */
	private search(y: number): number {
		let lo = 0;
		let hi = this.rows.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.offsets[mid] <= y) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	private setSpacers(top: number, bottom: number): void {
		if (this.spacerHeights[0] !== top) this.topSpacer.setCssProps({ "--reference-check-spacer-height": `${top}px` });
		if (this.spacerHeights[1] !== bottom) this.bottomSpacer.setCssProps({ "--reference-check-spacer-height": `${bottom}px` });
		this.spacerHeights = [top, bottom];
	}

	/** Reads the real height of variable rows; a change re-lays out the list once. */
	private measure(): void {
		let changed = false;
		for (const { row, el } of this.rendered.values()) {
			if (!this.opts.variable(row)) continue;
			const h = el.offsetHeight;
			if (h > 0 && this.measured.get(row.key) !== h) {
				this.measured.set(row.key, h);
				changed = true;
			}
		}
		// The second pass measures the same heights, so this recursion stops there.
		if (changed) {
			this.layout();
			this.render();
		}
	}
}
