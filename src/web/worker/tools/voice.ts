/**
 * The phone's own voice (speechSynthesis) for the guided tools, in the page's language. A few lines of its
 * own rather than the check-up's read-aloud hook: sharing that module would split it out of the check-up's
 * first question into one more file, and /checkup is budgeted to the last few hundred bytes.
 */
export function voiceFor(lang: 'zh-CN' | 'en'): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const voices = window.speechSynthesis.getVoices();
  const prefix = lang === 'en' ? 'en' : 'zh';
  return (
    voices.find((v) => v.lang.replace('_', '-') === lang) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(prefix)) ??
    null
  );
}

export function speakWith(voice: SpeechSynthesisVoice, text: string): void {
  window.speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  // A little slower than the phone's default: the worker is following along, maybe with eyes closed.
  u.rate = 0.85;
  window.speechSynthesis.speak(u);
}

export function hush(): void {
  if (typeof window !== 'undefined' && 'speechSynthesis' in window) window.speechSynthesis.cancel();
}
