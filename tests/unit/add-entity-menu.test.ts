import { describe, expect, it } from 'vitest';
import { ADD_ENTITY_MENU, addEntityCommandForMenu } from '../../lib/store/page-commands';

describe('the "Add to District Lens as…" context menu', () => {
  it('turns a click on a type into the page command, with the selected text', () => {
    expect(addEntityCommandForMenu(`${ADD_ENTITY_MENU}:platform`, '苏宿园区')).toEqual({
      type: 'page:add-entity',
      entityType: 'platform',
      text: '苏宿园区',
    });
    expect(addEntityCommandForMenu(`${ADD_ENTITY_MENU}:official`)).toEqual({
      type: 'page:add-entity',
      entityType: 'official',
      text: '',
    });
  });

  it('ignores other menu items and types a reader cannot add', () => {
    expect(addEntityCommandForMenu(ADD_ENTITY_MENU, 'x')).toBeUndefined();
    expect(addEntityCommandForMenu(`${ADD_ENTITY_MENU}:region`, 'x')).toBeUndefined();
    expect(addEntityCommandForMenu('other:city', 'x')).toBeUndefined();
    expect(addEntityCommandForMenu(7, 'x')).toBeUndefined();
  });
});
