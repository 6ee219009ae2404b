import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import Help from '../pages/Help';
import Home from '../pages/Home';
import { antdMobileReady } from './antd-ready';
import { Layout } from './Layout';

/** A lazy page's import, fetched beside antd-mobile's render hook; shown once both are in (antd-ready.ts). */
const afterAntd =
  <T,>(load: () => Promise<T>) =>
  async (): Promise<T> =>
    (await Promise.all([load(), antdMobileReady]))[0];

// Pages loaded on first visit, so the first screen downloads only what it shows.
const Settings = lazy(afterAntd(() => import('../pages/Settings')));
const Me = lazy(afterAntd(() => import('../pages/Me')));
const NotFound = lazy(afterAntd(() => import('../pages/NotFound')));

// The check-up's pages use no antd-mobile Toast or Dialog, so they need not wait for its render hook: the
// first question is budgeted (scripts/web-budget.mjs) and loads only what it shows.
const Checkup = lazy(() => import('../pages/checkup/CheckupPage'));
const Report = lazy(() => import('../pages/report/ReportPage'));
const Contact = lazy(() => import('../pages/report/ContactPage'));
const Records = lazy(() => import('../pages/report/RecordsPage'));

// Counselling: finding a service point, its free times, booking, waiting for a full day, the worker's own
// appointments, and checking in at the station. Plain elements only (no antd-mobile), so they open as soon
// as their own chunk is in.
const Find = lazy(() => import('../pages/counselling/FindPage'));
const Point = lazy(() => import('../pages/counselling/PointPage'));
const Book = lazy(() => import('../pages/counselling/BookPage'));
const Appointments = lazy(() => import('../pages/counselling/AppointmentsPage'));
const Appointment = lazy(() => import('../pages/counselling/AppointmentPage'));
const Reschedule = lazy(() => import('../pages/counselling/ReschedulePage'));
const Waitlist = lazy(() => import('../pages/counselling/WaitlistPage'));
// Opened from the QR code on a station's poster (budgeted as a first load, like /stations).
const Checkin = lazy(() => import('../pages/counselling/CheckinPage'));

// The care loop: a questionnaire a counsellor sent by text message (its token in the fragment), and the
// worker's own data and rights. Plain elements only, like the counselling pages.
const Measure = lazy(() => import('../pages/measure/MeasurePage'));
const MyData = lazy(() => import('../pages/my-data/MyDataPage'));
// 我是…: the worker's groups, kept on the phone (plain elements).
const Groups = lazy(() => import('../pages/groups/GroupsPage'));

// 知识与故事: the library, its search and the reader. Plain elements only, like the counselling pages.
const Library = lazy(() => import('../pages/learn/LibraryPage'));
const LearnSearch = lazy(() => import('../pages/learn/SearchPage'));
const Reader = lazy(() => import('../pages/learn/ReaderPage'));

// Self-help tools: plain elements only (no antd-mobile), so a tool opened from a link loads only its own
// chunk (/tools and /tools/breathing are budgeted), and all of them work offline once precached.
const Tools = lazy(() => import('../pages/tools/ToolsPage'));
const Grounding = lazy(() => import('../pages/tools/GroundingPage'));
const Breathing = lazy(() => import('../pages/tools/BreathingPage'));
const Relaxation = lazy(() => import('../pages/tools/RelaxationPage'));
const Diary = lazy(() => import('../pages/tools/DiaryPage'));

// 活动: group events, signing up, the worker's own registrations and checking in at the door (the poster's
// QR). Plain elements only, like the counselling pages; the entry code's QR library loads only when shown.
const Events = lazy(() => import('../pages/events/EventsPage'));
const EventDetail = lazy(() => import('../pages/events/EventPage'));
const MyEvents = lazy(() => import('../pages/events/MyEventsPage'));
const EventCheckin = lazy(() => import('../pages/events/DoorCheckinPage'));

/**
 * The worker app's pages. Home and crisis help ship in the first script: help must open at once, even on a
 * dropped connection, without waiting for another download. (Declarative routes rather than the data
 * router: the same lazy pages for about 17 KiB less gzipped JavaScript on a slow phone.)
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="help" element={<Help />} />
        <Route path="stations" element={<Find />} />
        <Route path="counselling" element={<Find />} />
        <Route path="stations/:id" element={<Point />} />
        <Route path="stations/:id/book/:slotId" element={<Book />} />
        <Route path="stations/:id/waitlist" element={<Waitlist />} />
        <Route path="appointments" element={<Appointments />} />
        <Route path="appointments/:id" element={<Appointment />} />
        <Route path="appointments/:id/reschedule" element={<Reschedule />} />
        <Route path="checkin" element={<Checkin />} />
        <Route path="measure" element={<Measure />} />
        <Route path="my-data" element={<MyData />} />
        <Route path="tools" element={<Tools />} />
        <Route path="tools/grounding" element={<Grounding />} />
        <Route path="tools/breathing" element={<Breathing />} />
        <Route path="tools/relaxation" element={<Relaxation />} />
        <Route path="tools/diary" element={<Diary />} />
        <Route path="settings" element={<Settings />} />
        <Route path="me" element={<Me />} />
        <Route path="me/groups" element={<Groups />} />
        <Route path="checkup" element={<Checkup />} />
        <Route path="checkup/result" element={<Report />} />
        <Route path="checkup/contact" element={<Contact />} />
        <Route path="records" element={<Records />} />
        <Route path="learn" element={<Library />} />
        <Route path="learn/search" element={<LearnSearch />} />
        <Route path="learn/:slug" element={<Reader />} />
        <Route path="events" element={<Events />} />
        <Route path="events/mine" element={<MyEvents />} />
        <Route path="events/:id" element={<EventDetail />} />
        <Route path="events/:id/checkin" element={<EventCheckin />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
