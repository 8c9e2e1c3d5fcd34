import { expect, type Page } from '@playwright/test';

/** Date (yyyy-mm-dd) and time (HH:MM) in Kyiv, `minutes` from now: what the scheduling form takes. */
export function kyivIn(minutes: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

export interface SoonEvent {
  title: string;
  /** The «Область» option's label: «Луганська область», «Загальнонаціональна»… */
  oblast: string;
  minutesFromNow: number;
  room: 'Platform' | 'ExternalLink';
  externalUrl?: string;
  durationMinutes?: number;
  speakers?: string;
  moderators?: string;
}

/**
 * Schedules a single event starting soon (its room opens 15 minutes before the start) through the staff form, as the
 * signed-in methodologist on `staff`; returns the path of the event's page for participants.
 */
export async function scheduleSoon(staff: Page, event: SoonEvent): Promise<string> {
  const start = kyivIn(event.minutesFromNow);
  await staff.goto('/admin/webinars/new');
  await staff.getByLabel('Назва').fill(event.title);
  await staff.getByLabel('Область').selectOption({ label: event.oblast });
  await staff.getByLabel('Дата').fill(start.date);
  await staff.getByLabel('Початок (київський час)').fill(start.time);
  if (event.durationMinutes) await staff.getByLabel('Тривалість, хв').fill(String(event.durationMinutes));
  await staff.getByLabel('Де відбувається онлайн').selectOption(event.room);
  if (event.externalUrl) await staff.getByLabel('Посилання на зовнішню кімнату').fill(event.externalUrl);
  if (event.speakers) await staff.getByLabel('Спікери').fill(event.speakers);
  if (event.moderators) await staff.getByLabel('Модератори').fill(event.moderators);
  await staff.getByRole('button', { name: 'Запланувати' }).click();
  await expect(staff.getByText('Подію заплановано.')).toBeVisible();
  return (await staff.getByRole('link', { name: 'Сторінка для учасників' }).getAttribute('href'))!;
}
