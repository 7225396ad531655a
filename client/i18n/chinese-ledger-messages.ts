/** The record log (记录日志): its public key, latest signed checkpoint and verification; merged into the Chinese dictionary. */
export const chineseLedgerMessages = {
  errorLedgerDamaged: '记录日志校验未通过，暂时无法签发检查点。请联系管理员在服务器上运行 npm run ledger:verify 查明原因。',
  ledgerTitle: '记录日志',
  ledgerExplanation: '意见的提交、修改、撤回、答复、处理和回应，以及征求意见期的开始、延长和结束，都会写入一份防篡改的记录日志。服务器定期用下面的公钥签署日志的根哈希（检查点）；任何改动都会在校验时被发现。',
  ledgerPublicKey: '服务器公钥（Ed25519）',
  ledgerCheckpoint: '最新检查点',
  ledgerTreeSize: '记录数',
  ledgerRootHash: '根哈希',
  ledgerCheckpointTime: '签署时间',
  ledgerCheckpointHash: '检查点哈希',
  ledgerNoRecords: '日志里还没有记录。开始征求意见或提交意见后，这里会显示签署过的检查点。',
  ledgerVerifyNow: '立即校验',
  ledgerVerifying: '正在校验…',
  ledgerVerifiedOk: '校验通过：{entries} 条记录完整，哈希链和签名检查点一致。',
  ledgerVerifiedProblem: '校验未通过（第 {sequence} 条记录）：{message}',
} satisfies Record<string, string>;
