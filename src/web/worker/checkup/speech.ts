import { useCallback, useEffect, useState } from 'react';

/**
 * 朗读 / Read aloud with the phone's own speech (speechSynthesis), in the chosen language, for workers who
 * read slowly. Offered only when the phone has a voice for that language; voices often arrive a moment
 * after the page (voiceschanged), so it is checked again then.
 */
function voiceFor(lang: 'zh-CN' | 'en'): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const prefix = lang === 'en' ? 'en' : 'zh';
  const voices = window.speechSynthesis.getVoices();
  const exact = voices.find((v) => v.lang.replace('_', '-') === lang);
  return exact ?? voices.find((v) => v.lang.toLowerCase().startsWith(prefix)) ?? null;
}

export function useSpeech(lang: 'zh-CN' | 'en') {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => voiceFor(lang));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setVoice(voiceFor(lang));
    update();
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', update);
      window.speechSynthesis.cancel();
    };
  }, [lang]);

  const stop = useCallback(() => {
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      if (!voice) return;
      window.speechSynthesis.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = 0.9;
      u.onend = () => setSpeaking(false);
      u.onerror = () => setSpeaking(false);
      setSpeaking(true);
      window.speechSynthesis.speak(u);
    },
    [voice],
  );

  return { supported: voice !== null, speaking, speak, stop };
}
