/**
 * Turns parsed JSON into source literals of each sample language, so a request body reads like
 * code a person would write rather than a JSON string pasted into a program.
 */
type Style = {
	string: (value: string) => string;
	key: (key: string) => string;
	null: string;
	bool: (value: boolean) => string;
	entry: (key: string, value: string) => string;
};

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

const rubyString = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const styles = {
	ruby: {
		string: rubyString,
		key: (key) => (identifier.test(key) ? `${key}:` : `${rubyString(key)} =>`),
		null: 'nil',
		bool: String,
		entry: (key, value) => `${key} ${value}`,
	},
	python: {
		string: (value) => JSON.stringify(value),
		key: (key) => `${JSON.stringify(key)}:`,
		null: 'None',
		bool: (value) => (value ? 'True' : 'False'),
		entry: (key, value) => `${key} ${value}`,
	},
	javascript: {
		string: (value) => JSON.stringify(value),
		key: (key) => (identifier.test(key) ? `${key}:` : `${JSON.stringify(key)}:`),
		null: 'null',
		bool: String,
		entry: (key, value) => `${key} ${value}`,
	},
} satisfies Record<string, Style>;

export type LiteralLanguage = keyof typeof styles;

export function toLiteral(value: unknown, language: LiteralLanguage, indent = '', step = '  '): string {
	const style: Style = styles[language];
	const inner = indent + step;
	if (value === null || value === undefined) return style.null;
	if (typeof value === 'string') return style.string(value);
	if (typeof value === 'boolean') return style.bool(value);
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : style.null;
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const flat = value.map((item) => toLiteral(item, language, inner, step));
		const oneLine = `[${flat.join(', ')}]`;
		if (value.every((item) => typeof item !== 'object' || item === null) && oneLine.length <= 60) return oneLine;
		const items = flat.map((item) => inner + item);
		return `[\n${items.join(',\n')},\n${indent}]`;
	}
	const entries = Object.entries(value as Record<string, unknown>);
	if (entries.length === 0) return '{}';
	const lines = entries.map(([key, item]) => inner + style.entry(style.key(key), toLiteral(item, language, inner, step)));
	return `{\n${lines.join(',\n')},\n${indent}}`;
}
