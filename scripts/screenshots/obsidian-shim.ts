// `obsidian` for the screenshot page: the in-repo fake module, with setIcon drawing a few Lucide
// icons (the fake draws empty SVGs) so the pictures show what Obsidian shows, and requestUrl held
// by the page (below).
import type { RequestUrlParam, RequestUrlResponse, RequestUrlResponsePromise } from "obsidian";
import { Platform } from "../../test/fake-obsidian/index";
export * from "../../test/fake-obsidian/index";

const PATHS: Record<string, string> = {
	"chevron-down": '<path d="m6 9 6 6 6-6"/>',
	"chevron-right": '<path d="m9 18 6-6-6-6"/>',
	"badge-check": '<path d="M3.85 8.62a4 4 0 0 1 4.78-4.77 4 4 0 0 1 6.74 0 4 4 0 0 1 4.78 4.78 4 4 0 0 1 0 6.74 4 4 0 0 1-4.77 4.78 4 4 0 0 1-6.75 0 4 4 0 0 1-4.78-4.77 4 4 0 0 1 0-6.76Z"/><path d="m9 12 2 2 4-4"/>',
	"user-check": '<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"/><circle cx="9" cy="7" r="4"/><polyline points="16 11 18 13 22 9"/>',
	"alert-triangle": '<path d="m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"/><path d="M12 9v4"/><path d="M12 17h.01"/>',
	"x-circle": '<circle cx="12" cy="12" r="10"/><path d="m15 9-6 6"/><path d="m9 9 6 6"/>',
	"alert-circle": '<circle cx="12" cy="12" r="10"/><line x1="12" x2="12" y1="8" y2="12"/><line x1="12" x2="12.01" y1="16" y2="16"/>',
	"book-open": '<path d="M2 3h6a4 4 0 0 1 4 4v14a3 3 0 0 0-3-3H2z"/><path d="M22 3h-6a4 4 0 0 0-4 4v14a3 3 0 0 1 3-3h7z"/>',
	"search-x": '<path d="m13.5 8.5-5 5"/><path d="m8.5 8.5 5 5"/><circle cx="11" cy="11" r="8"/><path d="m21 21-4.3-4.3"/>',
	history: '<path d="M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8"/><path d="M3 3v5h5"/><path d="M12 7v5l4 2"/>',
	"circle-dashed": '<circle cx="12" cy="12" r="10" stroke-dasharray="4 3"/>',
	"minus-circle": '<circle cx="12" cy="12" r="10"/><path d="M8 12h8"/>',
	loader: '<path d="M12 2v4"/><path d="m16.2 7.8 2.9-2.9"/><path d="M18 12h4"/><path d="m16.2 16.2 2.9 2.9"/><path d="M12 18v4"/><path d="m4.9 19.1 2.9-2.9"/><path d="M2 12h4"/><path d="m4.9 4.9 2.9 2.9"/>',
	quote: '<path d="M3 21c3 0 7-1 7-8V5c0-1.25-.76-2.02-2-2H4c-1.25 0-2 .75-2 1.97V11c0 1.25.75 2 2 2 1 0 1 0 1 1v1c0 1-1 2-2 2s-1 .008-1 1.031V20c0 1 0 1 1 1z"/><path d="M15 21c3 0 7-1 7-8V5c0-1.25-.757-2.017-2-2h-4c-1.25 0-2 .75-2 1.972V11c0 1.25.75 2 2 2h.75c0 2.25.25 4-2.75 4v3c0 1 0 1 1 1z"/>',
	folder: '<path d="M20 20a2 2 0 0 0 2-2V8a2 2 0 0 0-2-2h-7.9a2 2 0 0 1-1.69-.9L9.6 3.9A2 2 0 0 0 7.93 3H4a2 2 0 0 0-2 2v13a2 2 0 0 0 2 2Z"/>',
	ban: '<circle cx="12" cy="12" r="10"/><path d="m4.9 4.9 14.2 14.2"/>',
	"help-circle": '<circle cx="12" cy="12" r="10"/><path d="M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3"/><path d="M12 17h.01"/>',
	copy: '<rect width="14" height="14" x="8" y="8" rx="2" ry="2"/><path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2"/>',
	"file-text": '<path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"/><path d="M14 2v4a2 2 0 0 0 2 2h4"/><path d="M10 9H8"/><path d="M16 13H8"/><path d="M16 17H8"/>',
};

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	for (const [k, v] of Object.entries({ class: `svg-icon lucide-${iconId}`, "data-icon": iconId, viewBox: "0 0 24 24", width: "16", height: "16", fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round" })) svg.setAttribute(k, v);
	const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
	svg.appendChild(g);
	// The paths are constants above, never note or remote text.
	// An icon the plugin started using: drawn as a circle, reported so it gets added above.
	if (!(iconId in PATHS)) console.warn(`no drawing for icon "${iconId}" in scripts/screenshots/obsidian-shim.ts`);
	const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${PATHS[iconId] ?? '<circle cx="12" cy="12" r="9"/>'}</svg>`, "image/svg+xml");
	for (const child of Array.from(doc.documentElement.childNodes)) g.appendChild(document.importNode(child, true));
	parent.appendChild(svg);
}

// requestUrl for the page: nothing leaves it. Requests wait until the page releases them, then
// get what an empty index answers (a single work: 404; a list, search or autocomplete: no
// results), so a run can be watched while it is in progress.
type Pending = { url: string; resolve: (r: RequestUrlResponse) => void };
const held: Pending[] = [];
let open = false;

function answer(url: string): RequestUrlResponse {
	const single = /\/works\/(?!\?)[^?]+/.test(new URL(url).pathname);
	const text = single ? JSON.stringify({ error: "Not found" }) : JSON.stringify({ meta: { count: 0, page: 1, per_page: 50 }, results: [] });
	return { status: single ? 404 : 200, headers: { "content-type": "application/json" }, text, arrayBuffer: new ArrayBuffer(0), json: JSON.parse(text) as unknown };
}

export function requestUrl(request: RequestUrlParam | string): RequestUrlResponsePromise {
	const url = typeof request === "string" ? request : request.url;
	const p = new Promise<RequestUrlResponse>((resolve) => {
		if (open) resolve(answer(url));
		else held.push({ url, resolve });
	}) as RequestUrlResponsePromise;
	return p;
}

/**
 * Answers up to `limit` held requests (later ones are held too), or with no limit every held
 * request and every later one. The page calls it through referenceCheckShots.
 */
export function releaseRequests(limit?: number): number {
	if (limit === undefined) open = true;
	const batch = held.splice(0, limit ?? held.length);
	for (const h of batch) h.resolve(answer(h.url));
	return batch.length;
}

/** The fake's Platform, told whether the page is a phone (Obsidian on mobile has no status bar). */
export function setMobile(mobile: boolean): void {
	Platform.isMobile = mobile;
	Platform.isDesktop = !mobile;
}
