import { endpoints, errorStatuses, errorTypes } from '../contract/index.ts';
import { endpointsPage, errorAnchor, errorsPage, pagePath, pageSlugs, type PageSlug } from './pages.ts';

/**
 * Starlight's sidebar: every page by its own title, and under the page that holds them, a link to
 * each endpoint (its method as a badge) and each error (its status as a badge), in the contract's
 * order. Starlight puts the locale in front of these links; `data-section` names the section a link
 * leads to, for the marker of the section in view.
 */
type Badge = { text: string; variant: 'note' | 'success' | 'caution' | 'danger' | 'default' };
type SectionLink = { label: string; translations?: Record<string, string>; link: string; badge: Badge; attrs: Record<string, string> };

const methodVariant: Record<string, Badge['variant']> = { GET: 'note', POST: 'success' };

function sectionLink(page: PageSlug, anchor: string, label: string, badge: Badge, translations?: Record<string, string>): SectionLink {
	return { label, ...(translations ? { translations } : {}), link: `/${pagePath(page)}#${anchor}`, badge, attrs: { 'data-section': anchor } };
}

function sections(page: PageSlug): SectionLink[] {
	if (page === endpointsPage) {
		return endpoints.map((endpoint) =>
			sectionLink(page, endpoint.anchor, endpoint.title.ko, { text: endpoint.method, variant: methodVariant[endpoint.method] ?? 'default' }, { en: endpoint.title.en }),
		);
	}
	if (page === errorsPage) {
		return errorStatuses.map((status) => sectionLink(page, errorAnchor(status), errorTypes[status], { text: String(status), variant: status >= 500 ? 'danger' : 'caution' }));
	}
	return [];
}

export const sidebar = pageSlugs.flatMap((slug) => [{ slug }, ...sections(slug)]);
