import { ssmlToText } from '../../tools/simulator/speech-text';

describe('ssmlToText', () => {
  it('removes tags and folds whitespace', () => {
    expect(ssmlToText('<speak>  Hello <emphasis level="strong">there</emphasis>.\n<p>New  paragraph.</p></speak>')).toBe(
      'Hello there. New paragraph.',
    );
  });

  it('shows a break as a pause in seconds, from s, ms and strength', () => {
    expect(ssmlToText('<speak>Breathe in.<break time="10s"/>Now out.</speak>')).toBe('Breathe in. [pause 10 s] Now out.');
    expect(ssmlToText('<speak>One<break time="500ms"/>two</speak>')).toBe('One [pause 0.5 s] two');
    expect(ssmlToText('<speak>One<break strength="x-strong"/>two</speak>')).toBe('One [pause 1.25 s] two');
    expect(ssmlToText('<speak>One<break/>two</speak>')).toBe('One [pause 0.5 s] two');
  });

  it('merges consecutive breaks into one pause with their total', () => {
    expect(ssmlToText('<speak>Hold.<break time="10s"/> <break time="10s"/>\n<break time="5000ms"/>Release.</speak>')).toBe(
      'Hold. [pause 25 s] Release.',
    );
  });

  it('keeps breaks separated by words apart, and drops zero-length breaks', () => {
    expect(ssmlToText('<speak>a<break time="1s"/>b<break time="2s"/>c<break strength="none"/>d</speak>')).toBe(
      'a [pause 1 s] b [pause 2 s] c d',
    );
  });

  it('shows audio clips as [audio]', () => {
    expect(ssmlToText('<speak><audio src="soundbank://soundlibrary/bell"/> Time is up.</speak>')).toBe('[audio] Time is up.');
    expect(ssmlToText('<speak><audio src="https://x/y.mp3">fallback</audio>Done</speak>')).toBe('[audio] Done');
  });

  it('unescapes entities', () => {
    expect(ssmlToText('<speak>Ice &amp; heat &lt;3 &quot;ok&quot; &#39;fine&#39; &#x2014;</speak>')).toBe(`Ice & heat <3 "ok" 'fine' \u2014`);
  });

  it('says what an alias says', () => {
    expect(ssmlToText('<speak>Take <sub alias="ibuprofen">IBU</sub> <say-as interpret-as="digits">12</say-as></speak>')).toBe(
      'Take ibuprofen 12',
    );
  });

  it('gives an empty string for no speech', () => {
    expect(ssmlToText(undefined)).toBe('');
    expect(ssmlToText('<speak></speak>')).toBe('');
  });
});
