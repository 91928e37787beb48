import { describe, expect, it } from 'vitest';
import { endpoints, errorCatalog, ruleMessages } from '../../contract/index.ts';
import ko from '../../content/i18n/ko.json';
import { koreanTextFault } from '../__support__/korean-text.ts';

describe('the check finds what is not Korean', () => {
	it.each([
		'Authentication이 필요한 모든 request에 api_key를 넣어 주세요.',
		'Every request needs a key.',
		'The request as it stands',
	])('%s', (text) => expect(koreanTextFault(text)).toBeDefined());

	it.each([
		'모든 요청에 `api_key` 쿼리 파라미터로 API 키를 실어 보냅니다.',
		'OpenAPI 3.1 문서 (openapi.json)',
		'WorkersAI가 callback_url로 POST합니다',
		'작업은 라벨이 달릴 때까지 `pending`입니다.',
	])('and lets Korean with names and identifiers pass: %s', (text) => expect(koreanTextFault(text)).toBeUndefined());
});

it('every string of our components reads as Korean in Korean', () => {
	expect(Object.values(ko).flatMap((text) => koreanTextFault(text) ?? [])).toEqual([]);
});

it('every Korean text of the contract reads as Korean', () => {
	const texts = [
		...endpoints.flatMap((endpoint) => [endpoint.title.ko, endpoint.summary.ko, endpoint.success.description.ko]),
		...Object.values(errorCatalog).map((entry) => entry.when.ko),
		...Object.values(ruleMessages).map((message) => message.ko),
	];
	expect(texts.flatMap((text) => koreanTextFault(text) ?? [])).toEqual([]);
});
