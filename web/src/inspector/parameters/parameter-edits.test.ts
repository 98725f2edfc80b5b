import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../stores/document-store';
import { fixtures } from '../test/fixtures';
import {
  changeParameterType,
  newParameter,
  parameterUses,
  parameterValueFromText,
} from './parameter-edits';

describe('parameter edits', () => {
  it('a new parameter is a String with a free name', () => {
    const document = {
      ...emptyDocument(),
      Parameters: [{ Name: 'Parameter', Type: 'String' as const }],
    };
    expect(newParameter(document)).toEqual({ Name: 'Parameter2', Type: 'String' });
  });

  it('changing the type converts the default and allowed values that can be converted', () => {
    expect(
      changeParameterType(
        { Name: 'N', Type: 'String', DefaultValue: '3', EnumValues: ['1', '2'] },
        'Integer',
      ),
    ).toEqual({ Name: 'N', Type: 'Integer', DefaultValue: 3, EnumValues: [1, 2] });
    expect(changeParameterType({ Name: 'B', DefaultValue: 'True' }, 'Boolean')).toEqual({
      Name: 'B',
      Type: 'Boolean',
      DefaultValue: true,
    });
    // 2.5 is no Integer: kept, for validation to point out.
    expect(
      changeParameterType({ Name: 'F', Type: 'Float', DefaultValue: 2.5 }, 'Integer').DefaultValue,
    ).toBe(2.5);
    expect(
      changeParameterType({ Name: 'F', Type: 'Float', DefaultValue: 2.5 }, 'String').DefaultValue,
    ).toBe('2.5');
  });

  it('drops an empty default (the form shows it as none) when the type is not String', () => {
    expect(changeParameterType({ Name: 'E', Type: 'String', DefaultValue: '' }, 'Float')).toEqual({
      Name: 'E',
      Type: 'Float',
    });
  });

  it('reads typed values by the parameter type', () => {
    expect(parameterValueFromText('6.0', 'Float')).toBe(6);
    expect(parameterValueFromText('six', 'Float')).toBe('six');
    expect(parameterValueFromText('6.0', 'String')).toBe('6.0');
  });

  it('counts the references to a parameter', () => {
    expect(parameterUses(fixtures.abalone(), 'MseThreshold')).toBe(2);
    expect(parameterUses(fixtures.abalone(), 'L2')).toBe(1);
    expect(parameterUses(fixtures.abalone(), 'Nope')).toBe(0);
  });
});
