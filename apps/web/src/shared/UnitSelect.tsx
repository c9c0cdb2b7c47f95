import { useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { api, itemsOf } from './api';
import { useDebounced } from './hooks';

export interface UnitOption {
  value: string;
  label: string;
}

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Labels for values known before any search (e.g. a user's current memberships). */
  knownOptions?: UnitOption[];
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/** Picks an administrative unit or agency by searching GET /api/units?q=. */
export function UnitSelect({ value, onChange, placeholder, allowClear = true, knownOptions, style, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const labels = useRef(new Map<string, string>());
  for (const o of knownOptions ?? []) labels.current.set(o.value, o.label);

  const units = useQuery({
    queryKey: ['units', 'search', q],
    queryFn: ({ signal }) => api.get('/api/units', { params: { query: { q: q || undefined, limit: 30 } }, signal }),
    staleTime: 30_000,
  });

  const options = useMemo(() => {
    const list: UnitOption[] = itemsOf(units.data).map((u) => ({ value: u.id, label: u.fullName }));
    for (const o of list) labels.current.set(o.value, o.label);
    // keep the chosen unit visible even when it is not in the current search results
    if (value && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: labels.current.get(value) ?? value });
    }
    return list;
  }, [units.data, value]);

  return (
    <Select<string>
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      notFoundContent={units.isFetching ? <Spin size="small" /> : undefined}
      style={{ minWidth: 220, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
