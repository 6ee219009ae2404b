import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { cleanQuery } from '../../learn/order';
import { useLearnWords } from '../../learn/words';

/** A plain search form: Enter or the button opens /learn/search?q=… (an empty box opens it too, with a hint). */
export function SearchBox({ initial = '' }: { initial?: string }) {
  const { t } = useLearnWords();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanQuery(q);
    void navigate(clean ? `/learn/search?q=${encodeURIComponent(clean)}` : '/learn/search');
  };
  return (
    <form className="learn-search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="learn-q">
        {t('search.label')}
      </label>
      <input
        id="learn-q"
        type="search"
        enterKeyHint="search"
        maxLength={100}
        value={q}
        placeholder={t('search.placeholder')}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit" className="learn-search-button">
        {t('search.submit')}
      </button>
    </form>
  );
}
