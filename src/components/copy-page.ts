/** Copies the page's Markdown twin, fetched from the site itself, and says so. */
export async function copyPage(element: HTMLElement): Promise<void> {
	const status = element.querySelector<HTMLElement>('[role="status"]')!;
	const response = await fetch(element.dataset.href!);
	if (!response.ok) throw new Error(`${element.dataset.href} answered ${response.status}`);
	await navigator.clipboard.writeText(await response.text());
	status.textContent = element.dataset.copied!;
	const button = element.querySelector('button')!;
	const label = button.textContent;
	button.textContent = element.dataset.copied!;
	setTimeout(() => (button.textContent = label), 2000);
}
