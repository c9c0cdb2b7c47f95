import { useMemo, useState } from 'react';
import { Empty, Input, Typography, theme } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { matchesQuery } from '../../shared/text';
import type { WardFeature } from './geo';

interface Props {
  wards: WardFeature[];
  selectedId: string | null;
  onPick: (ward: WardFeature) => void;
}

/** Wards sorted by name, filtered by a diacritic-insensitive search. */
export function WardList({ wards, selectedId, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const [query, setQuery] = useState('');

  const sorted = useMemo(
    () => [...wards].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'vi')),
    [wards],
  );
  const shown = useMemo(
    () => sorted.filter((w) => matchesQuery(query, w.properties.fullName, w.properties.name, w.properties.code)),
    [sorted, query],
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0, height: '100%' }}>
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('map.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="ward-search"
        lang={i18n.language}
      />
      {query && (
        <Typography.Text type="secondary" data-testid="ward-search-count">
          {shown.length}/{wards.length}
        </Typography.Text>
      )}
      <div
        role="listbox"
        data-testid="ward-list"
        style={{ overflowY: 'auto', flex: 1, minHeight: 200, maxHeight: '60vh' }}
      >
        {shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('map.noResults')} />
        ) : (
          shown.map((w) => {
            const selected = w.properties.id === selectedId;
            return (
              <div
                key={w.properties.id}
                role="option"
                aria-selected={selected}
                tabIndex={0}
                data-testid="ward-item"
                onClick={() => onPick(w)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPick(w)}
                style={{
                  padding: '6px 10px',
                  cursor: 'pointer',
                  borderRadius: token.borderRadiusSM,
                  background: selected ? token.controlItemBgActive : undefined,
                  display: 'flex',
                  justifyContent: 'space-between',
                  gap: 8,
                }}
              >
                <span>{w.properties.fullName}</span>
                <Typography.Text type="secondary">{w.properties.code}</Typography.Text>
              </div>
            );
          })
        )}
      </div>
    </div>
  );
}
