/** How `npm run desk -- watch` shows one entry of the case event stream. */
import { ChannelName, ForwardedMessage } from '../../core/messages.js';
import { channelAlertText, type ChannelProblem } from '../../health/channel-watch.js';
import type { DeskContext } from './desk-context.js';

/**
 * One line for the event `id` with fields `f`, in the desk language: time, case, urgency, what happened
 * and by whom; a person's message as the Telegram desk forwards it (defanged). Undefined for the
 * hotline's internal signals. An event type this desk does not know shows as its name.
 */
export function eventLine(d: Pick<DeskContext, 't' | 'cards' | 'sealer'>, id: string, f: Record<string, string>): string | undefined {
  const { t, cards, sealer } = d;
  const type = f.type ?? '?';
  if (type === 'case.person-active') return undefined; // tells the relay to deliver; case.message shows the words
  const caseId = f.case ?? '?';
  const at = Number(f.at) || Number(id.split('-')[0]);
  if (type === 'channel.down' || type === 'channel.up') {
    // A channel died or is back (src/health/channel-watch.ts): no case, the same words as in the group.
    const channel = ChannelName.safeParse(f.channel);
    if (!channel.success) return `${cards.time(at)} · ${type}`;
    const alert = type === 'channel.down'
      ? { state: 'down' as const, channel: channel.data, problem: (f.problem ?? 'disconnected') as ChannelProblem }
      : { state: 'up' as const, channel: channel.data, since: Number(f.since) || 0 };
    return `${cards.time(at)} · ${channelAlertText(t, alert, at)}`;
  }
  if (type === 'case.message') {
    try {
      const message = ForwardedMessage.parse(JSON.parse(sealer.open(Buffer.from(f.sealed ?? '', 'base64'), `message on ${caseId}`)));
      return `${cards.time(at)} · ${cards.forwarded(caseId, message)}`;
    } catch {
      return `${cards.time(at)} · ${caseId} · ${type}`;
    }
  }
  const state = type === 'case.reply' ? `-${f.state ?? 'queued'}`
    : type === 'case.cant-talk' ? `-${f.state === 'on' ? 'on' : 'off'}`
    : type === 'case.realerted' ? `-${f.waiting === 'answer' ? 'answer' : 'claim'}` // nobody claimed it, or nobody answered
    : type === 'case.paged' ? `-${f.result === 'sent' || f.result === 'unreachable' ? f.result : 'failed'}`
    : type === 'case.purged' ? `-${f.reason === 'forgotten' ? 'forgotten' : 'retention'}` // kept too long, or the person's /forget
    : type === 'case.unclaimed' && f.freed ? '-freed' // at start-up: its officer is no longer listed
    : '';
  const key = `desk-cli-what-${type.replace('.', '-')}${state}`;
  const what = t(key, {
    status: f.status ? t(`desk-status-${f.status}`) : '',
    from: f.from ? t(`desk-urgency-${f.from}`) : '',
    count: Number(f.count ?? 0),
    until: f.until ? t('desk-cli-until', { time: cards.time(Number(f.until)) }) : '',
    // Which rule showed the answers (delivered), what they wait for (announced), why they are held.
    rule: f.rule === 'code-word' || f.rule === 'typed-reply' ? t(`desk-cli-rule-${f.rule}`) : '',
    waiting: f.waiting === 'code-word' || f.waiting === 'typed-reply' ? t(`desk-cli-rule-${f.waiting}`) : '',
    why: f.why === 'stopped' || f.why === 'locked' ? t(`desk-cli-held-${f.why}`) : '',
    tries: Number(f.tries ?? 0),
    // The paging chain: which re-alert of the case, who was paged, who has it; whose claim was freed.
    step: Number(f.step ?? 0),
    to: f.to ?? '?',
    owner: f.claimedBy ?? '?',
    was: f.freed ?? '?',
  });
  return t('desk-cli-event', {
    time: cards.time(at),
    caseId,
    urgency: f.urgency ? t(`desk-urgency-${f.urgency}`) : '?',
    what: what === key ? type : what, // an event type this desk does not know: its name
    by: f.officer ? t('desk-cli-event-by', { officer: f.officer }) : '',
  });
}
