/**
 * "How am I doing", "how has my pain been": a short spoken trend (the first score against the latest, and the ice
 * and heat sessions today and in all), and on a screen a chart of pain over the days (content/apl/pain-chart.json).
 */
import { Response } from 'ask-sdk-model';
import { interfaces } from 'ask-sdk-model';
import { luxon } from '../../core/luxon';
import { PainEntry } from '../../core/pain';
import { sessionsToday } from '../../core/ice-plan';
import { joinSpeech } from '../../speech/ssml';
import { reply } from '../../kernel/reply';
import { keepsHealthDetails } from '../../core/health-details';
import { Turn } from '../../kernel/turn';
import { sessionLog, zoneOf } from '../ice-heat/sessions';
import { hasScreen } from '../stretching/screen';
import painChartDocument from '../../../content/apl/pain-chart.json';

export const PAIN_CHART_TOKEN = 'painChart';

/** At most this many days are drawn: the chart must stay readable on a small screen. */
const CHART_DAYS = 14;

export interface ChartDay {
  label: string;
  score: number;
  barPercent: number;
}

/** The last score of each calendar day (in the user's zone), oldest first. */
export function painByDay(history: readonly PainEntry[], timeZone: string): { day: string; score: number }[] {
  const byDay = new Map<string, number>();
  for (const entry of history) byDay.set(luxon().DateTime.fromISO(entry.at, { zone: timeZone }).toISODate() ?? entry.at.slice(0, 10), entry.score);
  return [...byDay.entries()].map(([day, score]) => ({ day, score })).slice(-CHART_DAYS);
}

export function tellProgress(turn: Turn): Response {
  const { speech } = turn;
  const pain = turn.user.pain;
  const log = sessionLog(turn);
  const zone = zoneOf(turn);
  const today = sessionsToday(log, 'ice', turn.now, zone).done + sessionsToday(log, 'heat', turn.now, zone).done;
  const total = log.sessions.filter((session) => session.status === 'ended').length;
  const sessions = total === 0 ? speech.say('pain.progress.noSessions') : speech.say('pain.progress.sessions', { count: today, total });
  // "I'll keep track" is a promise only a user whose details are kept can be given.
  const noScores = keepsHealthDetails(turn.user, turn.healthRecords) ? 'pain.progress.noScores' : 'pain.progress.noScoresUnkept';
  if (pain.length === 0) return reply(turn, { speak: joinSpeech(speech.say(noScores), sessions) });
  const first = pain[0].score;
  const latest = pain[pain.length - 1].score;
  const direction = latest < first ? 'better' : latest > first ? 'worse' : 'same';
  const trend =
    pain.length === 1 ? speech.say('pain.progress.one', { score: latest }) : speech.say(`pain.progress.${direction}`, { previous: first, score: latest });
  if (hasScreen(turn.input)) {
    const days = painByDay(pain, zone).map(({ day, score }) => ({
      label: luxon().DateTime.fromISO(day, { zone }).setLocale(speech.locale).toFormat('d LLL'),
      score,
      barPercent: Math.max(4, score * 10),
    }));
    turn.input.responseBuilder.addDirective(painChartDirective(speech.say('pain.progress.chartTitle'), trend, days));
  }
  return reply(turn, { speak: joinSpeech(trend, sessions) });
}

export function painChartDirective(title: string, summary: string, days: ChartDay[]): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: PAIN_CHART_TOKEN,
    document: painChartDocument as unknown as Record<string, unknown>,
    datasources: { painChart: { title, summary: summary.replace(/<[^>]+>/g, ''), days } },
  };
}
