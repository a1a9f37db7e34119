// cronstrue's locale modules register themselves with cronstrue when imported and export nothing we use.
declare module 'cronstrue/locales/zh_TW'
