/** The audio-time estimator: words at about 150 a minute, scaled by prosody rate, plus breaks. */
import { estimateAudioSeconds, rateFactor, textSeconds, wordsPerMinute } from '../../lambda/core/audio-time';

describe('audio time', () => {
  it('reads words at 150 a minute, with short pauses at punctuation', () => {
    expect(textSeconds('one two three four five')).toBeCloseTo(2, 5);
    expect(textSeconds('One two. Three, four.')).toBeCloseTo(1.6 + 0.35 * 2 + 0.2, 5);
  });

  it('reads Spanish a little slower, at 140 words a minute, and any other language as English', () => {
    expect(wordsPerMinute('es-ES')).toBe(140);
    expect(wordsPerMinute('es-US')).toBe(140);
    expect(wordsPerMinute('en-GB')).toBe(150);
    expect(wordsPerMinute(undefined)).toBe(150);
    expect(textSeconds('uno dos tres cuatro cinco seis siete', 1, wordsPerMinute('es-ES'))).toBeCloseTo(3, 5);
    expect(estimateAudioSeconds('<prosody rate="50%">uno dos tres cuatro cinco seis siete</prosody>', 1, 140)).toBeCloseTo(6, 5);
  });

  it('reads numbers digit group by digit group', () => {
    expect(textSeconds('25')).toBeCloseTo(0.8, 5);
  });

  it('adds breaks by time and by strength', () => {
    expect(estimateAudioSeconds('<break time="10s"/><break time="2500ms"/>')).toBeCloseTo(12.5, 5);
    expect(estimateAudioSeconds('<break strength="strong"/>')).toBeCloseTo(0.75, 5);
  });

  it('scales speech, not breaks, by prosody rate, nested', () => {
    const words = 'one two three four five six seven eight nine ten';
    expect(estimateAudioSeconds(`<prosody rate="50%">${words}<break time="1s"/></prosody>`)).toBeCloseTo(8 + 1, 5);
    expect(estimateAudioSeconds(`<prosody rate="200%">${words}</prosody> ${words}`)).toBeCloseTo(2 + 4, 5);
    expect(estimateAudioSeconds(`<speak><prosody rate="x-slow"><prosody rate="200%">${words}</prosody></prosody></speak>`)).toBeCloseTo(4, 5);
  });

  it('understands Alexa rate values', () => {
    expect(rateFactor('85%')).toBeCloseTo(0.85, 5);
    expect(rateFactor('slow')).toBeCloseTo(0.75, 5);
    expect(rateFactor('5%')).toBeCloseTo(0.2, 5);
    expect(rateFactor(undefined)).toBe(1);
  });
});
