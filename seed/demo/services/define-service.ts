import type { DemoService } from '../types.ts';

type ServiceFields = Omit<DemoService, 'enterpriseSlug' | 'key' | 'status'> & { status?: DemoService['status'] };

/** Builds the services of one enterprise; services are active unless said otherwise. */
export function servicesOf(enterpriseSlug: string, services: Record<string, ServiceFields>): DemoService[] {
  return Object.entries(services).map(([key, fields]) => ({ enterpriseSlug, key, status: 'active', ...fields }));
}
