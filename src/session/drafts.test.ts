import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllDrafts, clearDraft, readDraft, saveDraft } from './drafts.ts';

describe('form drafts', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('restores a draft in the account it was written in only', () => {
    saveDraft('create-user', '123456789012', { UserName: 'alice' });

    expect(readDraft('create-user', '123456789012')).toEqual({ UserName: 'alice' });
    expect(readDraft('create-user', '210987654321')).toBeUndefined();
  });

  it('drops a draft that is not JSON', () => {
    window.sessionStorage.setItem('iam-console.draft.create-user', '{not json');

    expect(readDraft('create-user', '123456789012')).toBeUndefined();
    expect(window.sessionStorage.getItem('iam-console.draft.create-user')).toBeNull();
  });

  it('clears one draft, or every draft and nothing else', () => {
    window.sessionStorage.setItem('iam-console.session', '{}');
    saveDraft('create-user', '123456789012', { UserName: 'alice' });
    saveDraft('create-group', '123456789012', { GroupName: 'admins' });

    clearDraft('create-user');
    expect(readDraft('create-user', '123456789012')).toBeUndefined();
    expect(readDraft('create-group', '123456789012')).toEqual({ GroupName: 'admins' });

    clearAllDrafts();
    expect(readDraft('create-group', '123456789012')).toBeUndefined();
    expect(window.sessionStorage.getItem('iam-console.session')).toBe('{}');
  });
});
