import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UnitDto } from '@vioc/contracts';

export function UnitDetails({
  unit,
  onEdit,
  onAddChild,
}: {
  unit: UnitDto;
  onEdit: () => void;
  onAddChild: () => void;
}) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Card
      title={unit.fullName}
      extra={
        <Space wrap>
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="unit-edit">
            {t('common.edit')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={onAddChild} data-testid="unit-add-child">
            {t('units.addChild')}
          </Button>
        </Space>
      }
    >
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'kind', label: t('units.kind'), children: t(`units.kinds.${unit.kind}`) },
          { key: 'name', label: t('units.name'), children: unit.name },
          { key: 'adminCode', label: t('units.adminCode'), children: unit.adminCode ?? none },
          { key: 'nameEn', label: t('units.nameEn'), children: unit.nameEn ?? none },
          { key: 'fullNameEn', label: t('units.fullNameEn'), children: unit.fullNameEn ?? none },
          { key: 'phone', label: t('units.phone'), children: unit.phone ?? none },
          { key: 'email', label: t('units.email'), children: unit.email ?? none },
          { key: 'address', label: t('units.address'), children: unit.address ?? none },
          {
            key: 'area',
            label: t('units.areaKm2'),
            children: unit.areaKm2 === null ? none : unit.areaKm2.toLocaleString('vi-VN'),
          },
          { key: 'children', label: t('units.childCount'), children: unit.childCount },
          {
            key: 'status',
            label: t('units.status'),
            children: unit.active ? <Tag color="green">{t('units.active')}</Tag> : <Tag>{t('units.inactive')}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
