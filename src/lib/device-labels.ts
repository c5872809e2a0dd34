import type { Localized } from '../schemas/localized';
import type { Device } from '../schemas/controls';

/** How each device id reads in the interface. */
export const deviceLabels: Record<Device, Localized> = {
  android: { vi: 'Điện thoại Android', en: 'Android phone' },
  iphone: { vi: 'iPhone', en: 'iPhone' },
  ipad: { vi: 'iPad', en: 'iPad' },
  windows: { vi: 'Máy tính Windows', en: 'Windows computer' },
  mac: { vi: 'Máy Mac', en: 'Mac' },
  xbox: { vi: 'Xbox', en: 'Xbox' },
  tv: { vi: 'Tivi thông minh', en: 'Smart TV' },
  router: { vi: 'Bộ phát wifi (router)', en: 'Wi-fi router' },
  web: { vi: 'Trình duyệt web', en: 'Web browser' },
};
