import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Input, Row, Space, Spin, Table, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UnitDto } from '@vioc/contracts';
import { api, itemsOf } from '../../../shared/api';
import { useDebounced } from '../../../shared/hooks';
import { UnitDetails } from './UnitDetails';
import { UnitFormModal, type UnitFormTarget } from './UnitFormModal';
import { ROOT, useUnitTree } from './useUnitTree';

export function UnitsPage() {
  const { t } = useTranslation();
  const tree = useUnitTree();
  const [selected, setSelected] = useState<UnitDto | null>(null);
  const [formTarget, setFormTarget] = useState<UnitFormTarget | null>(null);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);

  const results = useQuery({
    queryKey: ['units', 'search', q, 'admin'],
    queryFn: ({ signal }) => api.get('/api/units', { params: { query: { q, limit: 100 } }, signal }),
    enabled: q.length > 0,
  });

  const treeData = useMemo(() => {
    const build = (parentId: string): TreeDataNode[] =>
      (tree.byParent[parentId] ?? []).map((u) => ({
        key: u.id,
        title: (
          <span>
            {u.fullName}
            {!u.active && (
              <Tag style={{ marginInlineStart: 6 }} color="default">
                {t('units.inactive')}
              </Tag>
            )}
          </span>
        ),
        isLeaf: u.childCount === 0,
        children: tree.byParent[u.id] ? build(u.id) : undefined,
      }));
    return build(ROOT);
  }, [tree.byParent, t]);

  const findUnit = (id: string): UnitDto | undefined => {
    for (const units of Object.values(tree.byParent)) {
      const hit = units.find((u) => u.id === id);
      if (hit) return hit;
    }
    return undefined;
  };

  const onSaved = (unit: UnitDto, target: UnitFormTarget) => {
    setFormTarget(null);
    if (target.mode === 'create') {
      void tree.load(target.parent?.id ?? ROOT);
      if (target.parent) setSelected({ ...target.parent, childCount: target.parent.childCount + 1 });
    } else {
      tree.replace(unit);
      setSelected(unit);
    }
    void results.refetch();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: 1 }}>
          {t('units.title')}
        </Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create', parent: null })}>
          {t('units.addRoot')}
        </Button>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Card>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('units.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="units-search"
              style={{ marginBottom: 12 }}
            />
            {q ? (
              <Table<UnitDto>
                size="small"
                rowKey="id"
                loading={results.isFetching}
                dataSource={itemsOf(results.data)}
                pagination={false}
                scroll={{ y: 520 }}
                onRow={(u) => ({ onClick: () => setSelected(u), style: { cursor: 'pointer' } })}
                rowClassName={(u) => (u.id === selected?.id ? 'ant-table-row-selected' : '')}
                columns={[
                  { key: 'name', title: t('units.fullName'), dataIndex: 'fullName' },
                  { key: 'kind', title: t('units.kind'), width: 130, render: (_, u) => t(`units.kinds.${u.kind}`) },
                  { key: 'code', title: t('units.adminCode'), dataIndex: 'adminCode', width: 100 },
                ]}
              />
            ) : tree.loadingRoot ? (
              <Spin />
            ) : treeData.length === 0 ? (
              <Empty />
            ) : (
              <Tree
                showLine
                blockNode
                treeData={treeData}
                height={560}
                selectedKeys={selected ? [selected.id] : []}
                loadData={async ({ key }) => {
                  await tree.load(String(key));
                }}
                onSelect={(keys) => {
                  const id = keys[0];
                  if (id !== undefined) setSelected(findUnit(String(id)) ?? null);
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          {selected ? (
            <UnitDetails
              unit={selected}
              onEdit={() => setFormTarget({ mode: 'edit', unit: selected })}
              onAddChild={() => setFormTarget({ mode: 'create', parent: selected })}
            />
          ) : (
            <Card>
              <Empty description={t('units.selectHint')} />
            </Card>
          )}
        </Col>
      </Row>
      <UnitFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={onSaved} />
    </Space>
  );
}
