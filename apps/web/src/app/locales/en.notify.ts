import type { Messages } from './messages';
import type { viNotify } from './vi.notify';

export const enNotify: Messages<typeof viNotify> = {
  notifications: {
    title: 'Notifications',
    bellUnread: 'Unread notifications: {{count}}',
    offline: 'connection lost, reconnecting…',
    new: 'New notification',
    readAll: 'Mark all as read',
    markRead: 'Mark as read',
    read: 'Read',
    all: 'All',
    unreadOnly: 'Unread ({{count}})',
    empty: 'No notifications',
    loadMore: 'Show more',
    prefsTitle: 'Notification preferences',
    prefsIntro:
      'Choose how you receive each kind of notification. Account and security notifications are always sent and cannot be turned off.',
    category: 'Category',
    locked: 'Required',
    lockedHint: 'Security notifications cannot be turned off',
    channelUnavailable: 'This channel is not configured on the server',
    unavailableNote:
      'Not configured on the server: {{channels}}. Your choice is kept and applies once the channel is enabled.',
    prefsSaved: 'Notification preferences saved',
    channels: {
      inbox: 'In the app',
      email: 'Email',
      sms: 'SMS',
      push: 'Push',
    },
  },
};
