'use client'

import { Button, useAuth } from '@payloadcms/ui'
import { useState } from 'react'

/** In the site status screen: admins ask for a rebuild of the public portal. */
export const RebuildNowButton = () => {
  const { user } = useAuth<{ roles?: string[] }>()
  const [message, setMessage] = useState('')
  if (!user?.roles?.includes('admin')) return null
  const rebuild = async () => {
    const response = await fetch('/api/globals/site-status/rebuild', { method: 'POST', credentials: 'include' })
    const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
    setMessage(body.message ?? body.errors?.[0]?.message ?? String(response.status))
  }
  return (
    <div style={{ marginBlock: '1rem' }}>
      <Button buttonStyle="secondary" onClick={rebuild}>
        Rebuild the public site now
      </Button>
      <p role="status">{message}</p>
    </div>
  )
}
