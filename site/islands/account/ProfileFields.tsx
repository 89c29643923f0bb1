import { useState } from 'react'

import { locales } from '@contract/locales'
import { genders, sectors } from '@contract/roles'
import { Field, SelectField } from '../Field'
import type { Translate } from '../strings'
import type { Me } from './types'

/** The profile fields shared by registration and the profile form. */
export const ProfileFields = ({ t, me, lang }: { t: Translate; me?: Me; lang: string }) => {
  const [sector, setSector] = useState(me?.sector ?? '')
  const [language, setLanguage] = useState(me?.preferredLanguage ?? lang)
  const [gender, setGender] = useState(me?.gender ?? '')
  return (
    <>
      <Field
        label={t('account.name')}
        name="name"
        required
        maxLength={120}
        autoComplete="name"
        defaultValue={me?.name}
      />
      <Field
        label={t('account.organisation')}
        name="organisation"
        maxLength={200}
        autoComplete="organization"
        defaultValue={me?.organisation ?? ''}
      />
      <SelectField
        label={t('account.sector')}
        name="sector"
        value={sector}
        onChange={setSector}
        placeholder={t('account.choose')}
        options={sectors.map((value) => ({ value, label: t(`sector.${value}`) }))}
      />
      <Field
        label={t('account.country')}
        name="country"
        maxLength={2}
        pattern="[A-Za-z]{2}"
        autoComplete="country"
        defaultValue={me?.country ?? ''}
      />
      <SelectField
        label={t('account.preferredLanguage')}
        name="preferredLanguage"
        value={language}
        onChange={setLanguage}
        options={locales.map((locale) => ({ value: locale.code, label: locale.label }))}
      />
      <SelectField
        label={t('account.gender')}
        name="gender"
        value={gender}
        onChange={setGender}
        placeholder={t('account.notSaying')}
        options={genders.map((value) => ({ value, label: t(`gender.${value}`) }))}
        hint={t('account.genderWhy')}
      />
    </>
  )
}
